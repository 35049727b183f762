stub: upstream file of 4199 bytes
