stub: upstream file of 187 bytes
