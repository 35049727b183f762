stub: upstream file of 24705 bytes
