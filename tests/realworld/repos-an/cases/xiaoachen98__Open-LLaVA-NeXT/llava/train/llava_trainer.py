stub: upstream file of 14260 bytes
