stub: upstream file of 56812 bytes
