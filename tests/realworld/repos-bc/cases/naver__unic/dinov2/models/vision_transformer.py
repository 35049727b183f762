stub: upstream file of 16275 bytes
