stub: upstream file of 17950 bytes
