stub: upstream file of 13296 bytes
