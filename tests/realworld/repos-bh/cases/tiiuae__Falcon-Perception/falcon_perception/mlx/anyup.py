stub: upstream file of 15098 bytes
