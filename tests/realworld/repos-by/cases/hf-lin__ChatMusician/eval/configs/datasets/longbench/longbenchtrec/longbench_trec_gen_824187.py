stub: upstream file of 1240 bytes
