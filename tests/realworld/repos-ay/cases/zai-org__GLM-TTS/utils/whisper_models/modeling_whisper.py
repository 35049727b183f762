stub: upstream file of 116091 bytes
