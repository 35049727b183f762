stub: upstream file of 13926 bytes
