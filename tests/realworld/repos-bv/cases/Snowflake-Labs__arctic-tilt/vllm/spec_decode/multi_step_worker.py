stub: upstream file of 19278 bytes
