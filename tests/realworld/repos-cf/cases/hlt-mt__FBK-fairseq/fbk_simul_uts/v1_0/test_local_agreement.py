stub: upstream file of 4164 bytes
