stub: upstream file of 23284 bytes
