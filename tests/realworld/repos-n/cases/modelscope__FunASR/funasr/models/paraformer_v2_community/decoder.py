stub: upstream file of 24434 bytes
