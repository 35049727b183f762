stub: upstream file of 6623 bytes
