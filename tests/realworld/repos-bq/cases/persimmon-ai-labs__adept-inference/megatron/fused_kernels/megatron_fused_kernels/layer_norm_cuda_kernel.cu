stub: upstream file of 25759 bytes
