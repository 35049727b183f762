stub: upstream file of 23374 bytes
