stub: upstream file of 6735 bytes
