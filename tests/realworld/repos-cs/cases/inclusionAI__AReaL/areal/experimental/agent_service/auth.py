stub: upstream file of 869 bytes
