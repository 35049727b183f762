stub: upstream file of 26564 bytes
