stub: upstream file of 7091 bytes
