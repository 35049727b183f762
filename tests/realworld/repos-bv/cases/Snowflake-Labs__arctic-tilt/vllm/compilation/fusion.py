stub: upstream file of 24540 bytes
