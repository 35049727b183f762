stub: upstream file of 58673 bytes
