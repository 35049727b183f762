stub: upstream file of 5903 bytes
