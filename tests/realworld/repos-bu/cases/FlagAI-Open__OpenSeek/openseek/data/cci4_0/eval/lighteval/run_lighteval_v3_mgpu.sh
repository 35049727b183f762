stub: upstream file of 14017 bytes
