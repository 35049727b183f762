stub: upstream file of 19304 bytes
