stub: upstream file of 12462 bytes
