stub: upstream file of 4025 bytes
