stub: upstream file of 4960 bytes
