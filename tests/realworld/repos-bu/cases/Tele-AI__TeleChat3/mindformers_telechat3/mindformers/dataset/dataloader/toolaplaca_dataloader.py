stub: upstream file of 8203 bytes
