stub: upstream file of 49745 bytes
