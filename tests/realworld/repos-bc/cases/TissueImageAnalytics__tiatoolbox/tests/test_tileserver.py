stub: upstream file of 35166 bytes
