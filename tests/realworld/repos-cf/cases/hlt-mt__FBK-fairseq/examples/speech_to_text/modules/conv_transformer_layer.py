stub: upstream file of 1567 bytes
