stub: upstream file of 15047 bytes
