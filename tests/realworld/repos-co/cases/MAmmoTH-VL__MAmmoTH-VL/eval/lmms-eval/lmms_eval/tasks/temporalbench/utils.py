stub: upstream file of 8170 bytes
