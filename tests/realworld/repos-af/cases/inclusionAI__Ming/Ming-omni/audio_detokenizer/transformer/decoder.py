stub: upstream file of 16519 bytes
