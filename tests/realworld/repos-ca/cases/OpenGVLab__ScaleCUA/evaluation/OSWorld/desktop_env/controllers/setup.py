stub: upstream file of 33746 bytes
