stub: upstream file of 5556 bytes
