stub: upstream file of 19074 bytes
