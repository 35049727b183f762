stub: upstream file of 16024 bytes
