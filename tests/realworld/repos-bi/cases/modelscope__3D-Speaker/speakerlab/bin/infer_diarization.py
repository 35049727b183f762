stub: upstream file of 20290 bytes
