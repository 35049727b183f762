stub: upstream file of 8767 bytes
