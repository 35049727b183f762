stub: upstream file of 5138 bytes
