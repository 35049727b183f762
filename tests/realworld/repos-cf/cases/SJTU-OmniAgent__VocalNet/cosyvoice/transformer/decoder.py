stub: upstream file of 16580 bytes
