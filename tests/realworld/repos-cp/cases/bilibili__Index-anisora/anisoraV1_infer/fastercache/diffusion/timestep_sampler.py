stub: upstream file of 5933 bytes
