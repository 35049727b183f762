stub: upstream file of 10047 bytes
