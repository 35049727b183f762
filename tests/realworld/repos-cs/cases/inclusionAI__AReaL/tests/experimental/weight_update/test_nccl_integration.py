stub: upstream file of 41429 bytes
