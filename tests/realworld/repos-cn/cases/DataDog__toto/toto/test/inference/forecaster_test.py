stub: upstream file of 6122 bytes
