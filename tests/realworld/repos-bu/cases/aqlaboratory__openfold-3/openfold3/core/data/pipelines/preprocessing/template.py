stub: upstream file of 93169 bytes
