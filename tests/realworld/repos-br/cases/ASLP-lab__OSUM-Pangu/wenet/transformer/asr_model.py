stub: upstream file of 23277 bytes
