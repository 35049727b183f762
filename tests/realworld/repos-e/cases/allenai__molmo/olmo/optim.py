stub: upstream file of 50173 bytes
