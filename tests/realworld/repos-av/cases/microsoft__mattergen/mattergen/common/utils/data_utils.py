stub: upstream file of 15036 bytes
