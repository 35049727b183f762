stub: upstream file of 3223 bytes
