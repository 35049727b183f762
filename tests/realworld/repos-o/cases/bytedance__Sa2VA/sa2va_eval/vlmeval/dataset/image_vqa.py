stub: upstream file of 28463 bytes
