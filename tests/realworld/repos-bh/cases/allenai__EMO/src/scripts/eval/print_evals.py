stub: upstream file of 32415 bytes
