stub: upstream file of 2654 bytes
