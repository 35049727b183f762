stub: upstream file of 27869 bytes
