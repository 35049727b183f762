stub: upstream file of 3186 bytes
