stub: upstream file of 3147 bytes
