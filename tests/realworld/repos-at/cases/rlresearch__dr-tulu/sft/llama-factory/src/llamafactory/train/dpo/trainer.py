stub: upstream file of 13694 bytes
