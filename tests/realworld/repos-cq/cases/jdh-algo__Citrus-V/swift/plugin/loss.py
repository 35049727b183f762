stub: upstream file of 36808 bytes
