stub: upstream file of 40254 bytes
