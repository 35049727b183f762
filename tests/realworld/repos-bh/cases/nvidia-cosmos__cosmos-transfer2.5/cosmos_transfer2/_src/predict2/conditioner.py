stub: upstream file of 22869 bytes
