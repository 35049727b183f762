stub: upstream file of 219177 bytes
