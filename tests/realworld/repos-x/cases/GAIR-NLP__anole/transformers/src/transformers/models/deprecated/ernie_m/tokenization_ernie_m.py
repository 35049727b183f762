stub: upstream file of 16169 bytes
