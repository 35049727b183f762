stub: upstream file of 16728 bytes
