stub: upstream file of 6217 bytes
