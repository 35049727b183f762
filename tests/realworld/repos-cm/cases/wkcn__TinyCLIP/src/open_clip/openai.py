stub: upstream file of 4769 bytes
