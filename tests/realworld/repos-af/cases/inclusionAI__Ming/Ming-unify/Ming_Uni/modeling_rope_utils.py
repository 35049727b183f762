stub: upstream file of 28573 bytes
