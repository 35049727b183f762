stub: upstream file of 36240 bytes
