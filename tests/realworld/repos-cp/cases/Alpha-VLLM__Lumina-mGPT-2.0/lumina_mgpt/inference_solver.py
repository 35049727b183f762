stub: upstream file of 23762 bytes
