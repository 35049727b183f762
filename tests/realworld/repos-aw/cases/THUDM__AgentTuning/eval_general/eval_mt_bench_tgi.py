stub: upstream file of 5025 bytes
