stub: upstream file of 11121 bytes
