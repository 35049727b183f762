stub: upstream file of 12729 bytes
