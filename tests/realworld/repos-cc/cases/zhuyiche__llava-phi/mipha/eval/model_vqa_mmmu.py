stub: upstream file of 6636 bytes
