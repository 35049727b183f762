stub: upstream file of 8209 bytes
