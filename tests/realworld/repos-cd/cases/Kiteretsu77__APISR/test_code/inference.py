stub: upstream file of 10976 bytes
