stub: upstream file of 317352 bytes
