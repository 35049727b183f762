stub: upstream file of 24725 bytes
