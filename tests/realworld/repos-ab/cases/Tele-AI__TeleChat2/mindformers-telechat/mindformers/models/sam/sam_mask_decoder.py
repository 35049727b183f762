stub: upstream file of 22974 bytes
