stub: upstream file of 18086 bytes
