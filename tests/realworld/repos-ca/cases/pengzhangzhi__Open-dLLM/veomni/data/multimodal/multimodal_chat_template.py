stub: upstream file of 22517 bytes
