stub: upstream file of 13732 bytes
