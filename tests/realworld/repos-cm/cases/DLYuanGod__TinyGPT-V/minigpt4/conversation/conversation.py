stub: upstream file of 8869 bytes
