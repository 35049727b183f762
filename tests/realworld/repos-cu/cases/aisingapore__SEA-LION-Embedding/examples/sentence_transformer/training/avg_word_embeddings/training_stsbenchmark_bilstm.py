stub: upstream file of 4185 bytes
