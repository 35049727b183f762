stub: upstream file of 16090 bytes
