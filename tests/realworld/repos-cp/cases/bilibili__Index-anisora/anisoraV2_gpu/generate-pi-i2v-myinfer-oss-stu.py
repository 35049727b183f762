stub: upstream file of 16533 bytes
