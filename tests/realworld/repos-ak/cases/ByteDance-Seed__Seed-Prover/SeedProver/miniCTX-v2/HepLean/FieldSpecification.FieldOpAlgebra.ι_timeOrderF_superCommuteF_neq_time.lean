stub: upstream file of 18351 bytes
