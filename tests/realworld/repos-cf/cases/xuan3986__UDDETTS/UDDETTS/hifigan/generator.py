stub: upstream file of 14665 bytes
