stub: upstream file of 14025 bytes
