stub: upstream file of 60869 bytes
