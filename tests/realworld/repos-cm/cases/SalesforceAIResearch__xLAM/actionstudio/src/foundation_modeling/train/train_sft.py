stub: upstream file of 25815 bytes
