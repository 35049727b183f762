stub: upstream file of 20164 bytes
