stub: upstream file of 17024 bytes
