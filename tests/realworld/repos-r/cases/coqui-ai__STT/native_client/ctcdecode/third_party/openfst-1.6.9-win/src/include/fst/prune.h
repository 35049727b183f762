stub: upstream file of 13052 bytes
