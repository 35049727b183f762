stub: upstream file of 1084140 bytes
