stub: upstream file of 30023 bytes
