stub: upstream file of 10625 bytes
