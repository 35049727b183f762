stub: upstream file of 8278 bytes
