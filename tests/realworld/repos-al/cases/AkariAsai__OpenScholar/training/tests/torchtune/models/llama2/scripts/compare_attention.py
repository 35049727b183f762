stub: upstream file of 9025 bytes
