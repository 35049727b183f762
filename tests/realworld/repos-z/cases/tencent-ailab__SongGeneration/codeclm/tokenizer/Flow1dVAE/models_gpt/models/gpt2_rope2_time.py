stub: upstream file of 92640 bytes
