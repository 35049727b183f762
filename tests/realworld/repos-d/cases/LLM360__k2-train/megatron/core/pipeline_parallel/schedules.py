stub: upstream file of 50817 bytes
