stub: upstream file of 302 bytes
