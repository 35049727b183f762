stub: upstream file of 16952 bytes
