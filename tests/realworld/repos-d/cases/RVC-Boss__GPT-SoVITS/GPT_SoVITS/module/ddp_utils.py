stub: upstream file of 9033 bytes
