stub: upstream file of 173 bytes
