stub: upstream file of 26344 bytes
