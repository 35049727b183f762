stub: upstream file of 16551 bytes
