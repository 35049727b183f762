stub: upstream file of 19169 bytes
