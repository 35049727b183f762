stub: upstream file of 14624 bytes
