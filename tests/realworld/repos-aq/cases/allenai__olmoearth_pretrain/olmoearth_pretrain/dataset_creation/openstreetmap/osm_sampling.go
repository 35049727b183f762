stub: upstream file of 14164 bytes
