stub: upstream file of 18042 bytes
