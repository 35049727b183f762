stub: upstream file of 157245 bytes
