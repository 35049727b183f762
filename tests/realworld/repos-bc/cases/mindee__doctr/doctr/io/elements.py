stub: upstream file of 24953 bytes
