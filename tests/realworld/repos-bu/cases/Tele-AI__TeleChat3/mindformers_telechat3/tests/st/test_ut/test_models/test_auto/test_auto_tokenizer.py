stub: upstream file of 10278 bytes
