stub: upstream file of 30870 bytes
