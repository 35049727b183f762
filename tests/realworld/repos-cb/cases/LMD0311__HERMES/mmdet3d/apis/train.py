stub: upstream file of 21938 bytes
