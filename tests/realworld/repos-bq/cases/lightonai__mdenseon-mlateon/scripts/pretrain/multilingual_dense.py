stub: upstream file of 41209 bytes
