stub: upstream file of 8080 bytes
