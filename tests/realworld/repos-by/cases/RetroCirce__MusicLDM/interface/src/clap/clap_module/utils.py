stub: upstream file of 12988 bytes
