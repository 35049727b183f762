stub: upstream file of 13248 bytes
