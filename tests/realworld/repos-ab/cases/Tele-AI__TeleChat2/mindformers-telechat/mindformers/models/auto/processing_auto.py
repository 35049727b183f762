stub: upstream file of 19252 bytes
