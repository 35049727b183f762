stub: upstream file of 10385 bytes
