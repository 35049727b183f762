stub: upstream file of 24449 bytes
