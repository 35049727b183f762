stub: upstream file of 12869 bytes
