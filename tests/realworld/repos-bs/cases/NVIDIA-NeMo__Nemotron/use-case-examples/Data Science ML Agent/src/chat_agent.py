stub: upstream file of 48429 bytes
