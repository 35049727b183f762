stub: upstream file of 8887 bytes
