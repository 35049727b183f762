stub: upstream file of 16329 bytes
