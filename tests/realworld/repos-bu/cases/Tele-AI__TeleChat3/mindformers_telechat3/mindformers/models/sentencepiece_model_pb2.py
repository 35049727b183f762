stub: upstream file of 50997 bytes
