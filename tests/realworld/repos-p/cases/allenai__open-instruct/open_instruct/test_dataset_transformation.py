stub: upstream file of 48461 bytes
