stub: upstream file of 15013 bytes
