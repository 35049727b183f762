stub: upstream file of 11625 bytes
