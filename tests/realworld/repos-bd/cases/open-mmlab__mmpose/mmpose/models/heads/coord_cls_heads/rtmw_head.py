stub: upstream file of 12124 bytes
