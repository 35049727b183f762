stub: upstream file of 22196 bytes
