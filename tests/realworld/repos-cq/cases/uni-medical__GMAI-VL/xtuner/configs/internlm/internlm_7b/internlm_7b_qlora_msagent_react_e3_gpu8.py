stub: upstream file of 8567 bytes
