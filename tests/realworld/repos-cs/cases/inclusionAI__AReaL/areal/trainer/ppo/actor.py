stub: upstream file of 42508 bytes
