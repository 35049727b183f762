stub: upstream file of 32565 bytes
