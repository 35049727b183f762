stub: upstream file of 82620 bytes
