stub: upstream file of 15169 bytes
