stub: upstream file of 81096 bytes
