stub: upstream file of 7042 bytes
