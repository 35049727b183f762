stub: upstream file of 1458 bytes
