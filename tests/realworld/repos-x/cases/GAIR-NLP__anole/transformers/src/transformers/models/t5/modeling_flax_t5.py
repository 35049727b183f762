stub: upstream file of 74164 bytes
