stub: upstream file of 7458 bytes
