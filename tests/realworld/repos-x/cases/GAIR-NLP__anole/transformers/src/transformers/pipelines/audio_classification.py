stub: upstream file of 8821 bytes
