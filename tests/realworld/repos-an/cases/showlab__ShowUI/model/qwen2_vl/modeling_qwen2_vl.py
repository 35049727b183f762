stub: upstream file of 88025 bytes
