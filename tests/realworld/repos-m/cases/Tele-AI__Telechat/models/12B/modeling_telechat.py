stub: upstream file of 38504 bytes
