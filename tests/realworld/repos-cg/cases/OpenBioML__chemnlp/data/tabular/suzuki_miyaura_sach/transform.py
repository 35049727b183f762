stub: upstream file of 8378 bytes
