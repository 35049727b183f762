stub: upstream file of 25935 bytes
