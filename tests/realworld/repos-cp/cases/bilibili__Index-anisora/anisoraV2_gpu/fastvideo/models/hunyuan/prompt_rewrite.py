stub: upstream file of 2025 bytes
