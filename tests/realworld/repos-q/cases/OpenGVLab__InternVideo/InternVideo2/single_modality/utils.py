stub: upstream file of 36169 bytes
