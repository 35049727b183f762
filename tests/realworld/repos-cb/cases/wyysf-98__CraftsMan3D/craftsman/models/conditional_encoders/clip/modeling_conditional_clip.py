stub: upstream file of 14869 bytes
