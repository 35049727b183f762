stub: upstream file of 10025 bytes
