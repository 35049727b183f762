stub: upstream file of 14813 bytes
