stub: upstream file of 26640 bytes
