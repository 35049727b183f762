stub: upstream file of 6766 bytes
