stub: upstream file of 14385 bytes
