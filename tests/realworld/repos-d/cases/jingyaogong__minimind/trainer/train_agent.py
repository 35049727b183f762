stub: upstream file of 32094 bytes
