stub: upstream file of 4869 bytes
