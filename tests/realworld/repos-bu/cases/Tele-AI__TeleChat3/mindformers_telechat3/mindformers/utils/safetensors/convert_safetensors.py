stub: upstream file of 5869 bytes
