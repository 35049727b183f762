stub: upstream file of 43145 bytes
