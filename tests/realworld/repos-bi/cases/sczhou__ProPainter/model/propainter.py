stub: upstream file of 22133 bytes
