stub: upstream file of 16314 bytes
