stub: upstream file of 55585 bytes
