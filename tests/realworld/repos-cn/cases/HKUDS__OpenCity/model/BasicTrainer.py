stub: upstream file of 8147 bytes
