stub: upstream file of 26407 bytes
