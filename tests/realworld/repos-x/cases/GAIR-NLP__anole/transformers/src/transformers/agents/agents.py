stub: upstream file of 36673 bytes
