stub: upstream file of 36153 bytes
