stub: upstream file of 11438 bytes
