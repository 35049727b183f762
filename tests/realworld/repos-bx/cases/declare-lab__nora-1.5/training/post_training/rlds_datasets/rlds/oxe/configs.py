stub: upstream file of 30612 bytes
