stub: upstream file of 29756 bytes
