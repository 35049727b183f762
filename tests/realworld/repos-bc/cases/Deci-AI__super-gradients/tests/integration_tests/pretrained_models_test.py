stub: upstream file of 55633 bytes
