stub: upstream file of 8058 bytes
