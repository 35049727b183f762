stub: upstream file of 18710 bytes
