stub: upstream file of 6688 bytes
