stub: upstream file of 10590 bytes
