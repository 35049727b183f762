stub: upstream file of 10869 bytes
