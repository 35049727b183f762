stub: upstream file of 12129 bytes
