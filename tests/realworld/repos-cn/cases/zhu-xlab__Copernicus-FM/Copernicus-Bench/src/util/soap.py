stub: upstream file of 18950 bytes
