stub: upstream file of 36647 bytes
