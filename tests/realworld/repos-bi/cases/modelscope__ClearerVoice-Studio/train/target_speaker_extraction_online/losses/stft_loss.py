stub: upstream file of 6802 bytes
