stub: upstream file of 31188 bytes
