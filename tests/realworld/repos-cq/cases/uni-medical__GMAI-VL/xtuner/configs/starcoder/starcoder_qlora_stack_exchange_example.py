stub: upstream file of 7657 bytes
