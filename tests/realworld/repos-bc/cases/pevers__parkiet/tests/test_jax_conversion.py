stub: upstream file of 15550 bytes
