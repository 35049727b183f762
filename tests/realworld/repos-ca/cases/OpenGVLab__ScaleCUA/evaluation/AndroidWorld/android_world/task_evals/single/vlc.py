stub: upstream file of 10077 bytes
