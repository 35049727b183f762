stub: upstream file of 22263 bytes
