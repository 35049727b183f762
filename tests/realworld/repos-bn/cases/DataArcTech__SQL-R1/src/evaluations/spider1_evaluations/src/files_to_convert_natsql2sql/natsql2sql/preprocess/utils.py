stub: upstream file of 15348 bytes
