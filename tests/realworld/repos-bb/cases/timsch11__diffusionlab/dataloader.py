stub: upstream file of 9179 bytes
