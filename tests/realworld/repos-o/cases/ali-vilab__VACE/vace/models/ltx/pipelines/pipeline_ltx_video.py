stub: upstream file of 28699 bytes
