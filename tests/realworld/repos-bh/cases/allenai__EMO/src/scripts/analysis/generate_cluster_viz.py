stub: upstream file of 49817 bytes
