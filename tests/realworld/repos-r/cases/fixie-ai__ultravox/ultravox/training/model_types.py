stub: upstream file of 13061 bytes
