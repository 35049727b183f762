stub: upstream file of 10978 bytes
