stub: upstream file of 16382 bytes
