stub: upstream file of 4187 bytes
