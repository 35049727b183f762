stub: upstream file of 7266 bytes
