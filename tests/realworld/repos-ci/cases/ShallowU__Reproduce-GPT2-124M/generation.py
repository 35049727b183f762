stub: upstream file of 15097 bytes
