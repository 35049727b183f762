stub: upstream file of 9954 bytes
