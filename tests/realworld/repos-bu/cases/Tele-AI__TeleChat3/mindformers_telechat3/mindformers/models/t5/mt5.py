stub: upstream file of 11278 bytes
