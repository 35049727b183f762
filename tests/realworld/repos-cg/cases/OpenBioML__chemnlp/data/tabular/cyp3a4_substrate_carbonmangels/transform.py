stub: upstream file of 12740 bytes
