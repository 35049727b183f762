stub: upstream file of 9278 bytes
