stub: upstream file of 13165 bytes
