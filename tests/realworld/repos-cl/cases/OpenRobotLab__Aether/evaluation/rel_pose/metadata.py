stub: upstream file of 5848 bytes
