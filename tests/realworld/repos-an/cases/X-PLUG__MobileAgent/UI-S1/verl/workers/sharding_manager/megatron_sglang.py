stub: upstream file of 8115 bytes
