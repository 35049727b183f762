stub: upstream file of 24778 bytes
