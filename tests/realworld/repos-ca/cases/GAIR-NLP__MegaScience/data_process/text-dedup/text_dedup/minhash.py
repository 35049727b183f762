stub: upstream file of 12325 bytes
