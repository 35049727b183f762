stub: upstream file of 46013 bytes
