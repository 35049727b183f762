stub: upstream file of 38820 bytes
