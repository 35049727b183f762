stub: upstream file of 10908 bytes
