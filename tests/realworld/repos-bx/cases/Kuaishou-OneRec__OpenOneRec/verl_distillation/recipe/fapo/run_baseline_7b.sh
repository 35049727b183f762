stub: upstream file of 6023 bytes
