stub: upstream file of 16508 bytes
