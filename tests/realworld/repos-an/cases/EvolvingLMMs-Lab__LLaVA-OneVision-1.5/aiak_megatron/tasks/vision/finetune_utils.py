stub: upstream file of 10901 bytes
