stub: upstream file of 22168 bytes
