stub: upstream file of 12211 bytes
