stub: upstream file of 2585 bytes
