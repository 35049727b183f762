stub: upstream file of 35954 bytes
