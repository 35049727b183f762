stub: upstream file of 32123 bytes
