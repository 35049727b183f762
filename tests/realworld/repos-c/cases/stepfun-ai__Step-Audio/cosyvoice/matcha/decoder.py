stub: upstream file of 16494 bytes
