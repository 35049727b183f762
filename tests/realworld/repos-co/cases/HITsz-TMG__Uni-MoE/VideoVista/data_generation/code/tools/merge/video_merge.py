stub: upstream file of 12733 bytes
