stub: upstream file of 6655 bytes
