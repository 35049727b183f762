stub: upstream file of 5585 bytes
