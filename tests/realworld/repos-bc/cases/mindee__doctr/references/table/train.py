stub: upstream file of 23987 bytes
