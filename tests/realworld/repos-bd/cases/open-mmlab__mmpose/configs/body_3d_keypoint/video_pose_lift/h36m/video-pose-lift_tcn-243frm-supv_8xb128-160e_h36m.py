stub: upstream file of 3169 bytes
