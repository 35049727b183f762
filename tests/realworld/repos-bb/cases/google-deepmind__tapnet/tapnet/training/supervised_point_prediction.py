stub: upstream file of 41417 bytes
