stub: upstream file of 17025 bytes
