stub: upstream file of 9869 bytes
