stub: upstream file of 13869 bytes
