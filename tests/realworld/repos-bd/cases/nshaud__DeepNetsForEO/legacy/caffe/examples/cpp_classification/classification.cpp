stub: upstream file of 8661 bytes
