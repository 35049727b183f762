stub: upstream file of 23941 bytes
