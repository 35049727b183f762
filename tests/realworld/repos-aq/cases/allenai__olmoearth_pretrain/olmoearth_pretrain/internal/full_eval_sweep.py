stub: upstream file of 47673 bytes
