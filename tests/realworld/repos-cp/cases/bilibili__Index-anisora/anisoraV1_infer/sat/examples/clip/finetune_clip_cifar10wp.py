stub: upstream file of 4870 bytes
