stub: upstream file of 10833 bytes
