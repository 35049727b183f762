stub: upstream file of 41804 bytes
