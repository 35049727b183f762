stub: upstream file of 3833 bytes
