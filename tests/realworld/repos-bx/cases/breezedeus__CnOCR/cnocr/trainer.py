stub: upstream file of 13168 bytes
