stub: upstream file of 27307 bytes
