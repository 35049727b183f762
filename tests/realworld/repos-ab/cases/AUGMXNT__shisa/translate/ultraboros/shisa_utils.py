stub: upstream file of 11320 bytes
