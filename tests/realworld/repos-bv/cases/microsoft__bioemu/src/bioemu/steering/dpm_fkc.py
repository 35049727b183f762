stub: upstream file of 12328 bytes
