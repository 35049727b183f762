stub: upstream file of 26530 bytes
