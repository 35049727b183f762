stub: upstream file of 12266 bytes
