stub: upstream file of 41693 bytes
