stub: upstream file of 23283 bytes
