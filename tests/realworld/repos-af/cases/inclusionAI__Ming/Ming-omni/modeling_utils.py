stub: upstream file of 42299 bytes
