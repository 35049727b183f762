stub: upstream file of 8895 bytes
