stub: upstream file of 8676 bytes
