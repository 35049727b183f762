stub: upstream file of 27271 bytes
