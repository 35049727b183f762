stub: upstream file of 8647 bytes
