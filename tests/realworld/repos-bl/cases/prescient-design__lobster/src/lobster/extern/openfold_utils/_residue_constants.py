stub: upstream file of 16948 bytes
