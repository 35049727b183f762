stub: upstream file of 17258 bytes
