stub: upstream file of 10585 bytes
