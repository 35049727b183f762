stub: upstream file of 38159 bytes
