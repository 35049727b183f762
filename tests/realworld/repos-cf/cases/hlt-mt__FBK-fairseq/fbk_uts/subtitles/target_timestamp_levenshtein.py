stub: upstream file of 4885 bytes
