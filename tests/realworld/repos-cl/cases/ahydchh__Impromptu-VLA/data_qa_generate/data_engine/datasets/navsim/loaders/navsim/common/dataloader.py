stub: upstream file of 8250 bytes
