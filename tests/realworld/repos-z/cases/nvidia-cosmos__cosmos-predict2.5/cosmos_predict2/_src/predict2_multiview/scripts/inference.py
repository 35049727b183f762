stub: upstream file of 14376 bytes
