stub: upstream file of 13435 bytes
