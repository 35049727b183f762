stub: upstream file of 17656 bytes
