stub: upstream file of 27926 bytes
