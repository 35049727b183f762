stub: upstream file of 20058 bytes
