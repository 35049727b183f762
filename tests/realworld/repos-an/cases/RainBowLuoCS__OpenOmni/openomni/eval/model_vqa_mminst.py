stub: upstream file of 6556 bytes
