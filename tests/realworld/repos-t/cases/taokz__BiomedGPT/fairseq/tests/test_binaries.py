stub: upstream file of 72130 bytes
