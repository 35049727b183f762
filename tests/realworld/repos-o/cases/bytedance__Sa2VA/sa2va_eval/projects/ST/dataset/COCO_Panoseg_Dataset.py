stub: upstream file of 25802 bytes
