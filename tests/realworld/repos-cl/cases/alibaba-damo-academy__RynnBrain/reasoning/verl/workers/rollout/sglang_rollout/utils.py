stub: upstream file of 3908 bytes
