stub: upstream file of 11748 bytes
