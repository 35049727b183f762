stub: upstream file of 1761 bytes
