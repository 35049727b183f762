stub: upstream file of 30663 bytes
