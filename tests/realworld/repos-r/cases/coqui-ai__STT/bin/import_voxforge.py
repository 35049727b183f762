stub: upstream file of 8577 bytes
