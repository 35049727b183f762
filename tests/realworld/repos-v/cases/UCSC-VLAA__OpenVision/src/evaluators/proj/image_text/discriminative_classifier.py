stub: upstream file of 20034 bytes
