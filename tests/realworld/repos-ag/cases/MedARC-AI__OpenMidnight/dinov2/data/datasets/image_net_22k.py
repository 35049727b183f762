stub: upstream file of 10241 bytes
