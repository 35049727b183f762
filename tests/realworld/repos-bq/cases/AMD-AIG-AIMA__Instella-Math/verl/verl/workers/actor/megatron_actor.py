stub: upstream file of 21871 bytes
