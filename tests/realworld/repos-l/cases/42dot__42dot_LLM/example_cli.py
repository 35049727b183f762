stub: upstream file of 10763 bytes
