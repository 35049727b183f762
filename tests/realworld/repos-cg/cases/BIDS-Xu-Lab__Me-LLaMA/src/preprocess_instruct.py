stub: upstream file of 32092 bytes
