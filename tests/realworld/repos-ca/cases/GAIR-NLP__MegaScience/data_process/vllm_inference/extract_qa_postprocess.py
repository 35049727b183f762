stub: upstream file of 7278 bytes
