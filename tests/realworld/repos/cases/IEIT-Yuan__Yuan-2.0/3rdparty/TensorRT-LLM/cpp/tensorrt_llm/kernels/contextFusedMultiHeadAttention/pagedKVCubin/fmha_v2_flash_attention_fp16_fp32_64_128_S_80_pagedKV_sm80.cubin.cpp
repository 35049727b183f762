stub: upstream file of 745973 bytes
