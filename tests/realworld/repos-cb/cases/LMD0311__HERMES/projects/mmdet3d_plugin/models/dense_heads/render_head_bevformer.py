stub: upstream file of 28737 bytes
