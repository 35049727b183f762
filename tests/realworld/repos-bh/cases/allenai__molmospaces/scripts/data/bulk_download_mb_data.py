stub: upstream file of 17389 bytes
