stub: upstream file of 11345 bytes
