stub: upstream file of 8435 bytes
