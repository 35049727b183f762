stub: upstream file of 11169 bytes
