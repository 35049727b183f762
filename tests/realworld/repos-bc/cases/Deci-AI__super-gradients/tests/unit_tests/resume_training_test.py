stub: upstream file of 14821 bytes
