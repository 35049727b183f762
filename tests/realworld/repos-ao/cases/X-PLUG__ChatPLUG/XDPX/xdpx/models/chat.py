stub: upstream file of 19025 bytes
