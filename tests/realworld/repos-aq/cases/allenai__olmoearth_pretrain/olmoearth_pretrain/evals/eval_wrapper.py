stub: upstream file of 20530 bytes
