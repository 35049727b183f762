stub: upstream file of 9222 bytes
