stub: upstream file of 30426 bytes
