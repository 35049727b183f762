stub: upstream file of 18279 bytes
