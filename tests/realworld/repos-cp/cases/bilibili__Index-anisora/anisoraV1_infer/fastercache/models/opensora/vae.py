stub: upstream file of 26933 bytes
