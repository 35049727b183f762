stub: upstream file of 10058 bytes
