stub: upstream file of 41551 bytes
