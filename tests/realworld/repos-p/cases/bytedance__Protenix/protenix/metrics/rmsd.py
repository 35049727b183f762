stub: upstream file of 9206 bytes
