stub: upstream file of 6088 bytes
