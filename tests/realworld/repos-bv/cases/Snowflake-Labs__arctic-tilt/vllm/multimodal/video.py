stub: upstream file of 7502 bytes
