stub: upstream file of 8827 bytes
