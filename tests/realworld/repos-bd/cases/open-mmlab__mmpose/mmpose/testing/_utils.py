stub: upstream file of 8770 bytes
