stub: upstream file of 1138232 bytes
