stub: upstream file of 6169 bytes
