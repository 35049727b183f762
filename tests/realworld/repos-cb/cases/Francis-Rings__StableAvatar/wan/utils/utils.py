stub: upstream file of 10694 bytes
