stub: upstream file of 38981 bytes
