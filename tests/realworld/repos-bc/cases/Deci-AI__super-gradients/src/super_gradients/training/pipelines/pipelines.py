stub: upstream file of 32676 bytes
