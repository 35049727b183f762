stub: upstream file of 17534 bytes
