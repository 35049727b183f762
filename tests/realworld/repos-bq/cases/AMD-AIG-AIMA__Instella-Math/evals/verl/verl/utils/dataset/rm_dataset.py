stub: upstream file of 5494 bytes
