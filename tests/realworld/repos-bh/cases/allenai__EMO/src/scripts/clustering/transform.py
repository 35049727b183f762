stub: upstream file of 16478 bytes
