stub: upstream file of 1657544 bytes
