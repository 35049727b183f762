stub: upstream file of 48241 bytes
