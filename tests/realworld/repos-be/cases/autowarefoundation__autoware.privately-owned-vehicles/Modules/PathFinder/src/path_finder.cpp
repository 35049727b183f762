stub: upstream file of 16801 bytes
