stub: upstream file of 94284 bytes
