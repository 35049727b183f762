stub: upstream file of 51025 bytes
