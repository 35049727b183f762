stub: upstream file of 52933 bytes
