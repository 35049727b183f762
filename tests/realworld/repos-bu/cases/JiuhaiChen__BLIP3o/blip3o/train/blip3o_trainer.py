stub: upstream file of 21686 bytes
