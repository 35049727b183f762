stub: upstream file of 34787 bytes
