stub: upstream file of 26128 bytes
