stub: upstream file of 7079 bytes
