stub: upstream file of 32499 bytes
