stub: upstream file of 70305 bytes
