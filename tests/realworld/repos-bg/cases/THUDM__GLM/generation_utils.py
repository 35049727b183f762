stub: upstream file of 22387 bytes
