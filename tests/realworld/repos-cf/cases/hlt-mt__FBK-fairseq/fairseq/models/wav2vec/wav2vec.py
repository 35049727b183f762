stub: upstream file of 20934 bytes
