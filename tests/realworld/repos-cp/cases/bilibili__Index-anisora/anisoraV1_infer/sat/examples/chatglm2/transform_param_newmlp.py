stub: upstream file of 4068 bytes
