stub: upstream file of 39173 bytes
