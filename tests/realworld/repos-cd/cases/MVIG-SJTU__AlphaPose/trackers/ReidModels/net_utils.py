stub: upstream file of 5173 bytes
