stub: upstream file of 6426 bytes
