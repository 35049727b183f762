stub: upstream file of 14266 bytes
