stub: upstream file of 76239 bytes
