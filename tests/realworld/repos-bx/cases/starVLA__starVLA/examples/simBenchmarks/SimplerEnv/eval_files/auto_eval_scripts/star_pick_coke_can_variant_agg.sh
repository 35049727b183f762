stub: upstream file of 11869 bytes
