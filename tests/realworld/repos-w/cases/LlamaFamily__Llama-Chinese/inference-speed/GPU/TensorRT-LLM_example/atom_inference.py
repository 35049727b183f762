stub: upstream file of 8612 bytes
