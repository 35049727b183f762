stub: upstream file of 7908 bytes
