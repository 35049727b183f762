stub: upstream file of 16550 bytes
