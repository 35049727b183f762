stub: upstream file of 37405 bytes
