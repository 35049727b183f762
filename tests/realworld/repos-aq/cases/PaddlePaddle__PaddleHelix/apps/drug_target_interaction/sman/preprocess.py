stub: upstream file of 11136 bytes
