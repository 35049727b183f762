stub: upstream file of 6432 bytes
