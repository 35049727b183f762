stub: upstream file of 1068 bytes
