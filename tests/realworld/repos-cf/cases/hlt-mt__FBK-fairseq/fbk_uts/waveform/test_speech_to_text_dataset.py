stub: upstream file of 2869 bytes
