stub: upstream file of 8022 bytes
