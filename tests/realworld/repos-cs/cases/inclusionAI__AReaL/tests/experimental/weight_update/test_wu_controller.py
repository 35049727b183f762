stub: upstream file of 6185 bytes
