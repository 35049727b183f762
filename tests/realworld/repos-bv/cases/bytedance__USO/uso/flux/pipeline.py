stub: upstream file of 13614 bytes
