stub: upstream file of 6908 bytes
