stub: upstream file of 164 bytes
