stub: upstream file of 54877 bytes
