stub: upstream file of 22025 bytes
