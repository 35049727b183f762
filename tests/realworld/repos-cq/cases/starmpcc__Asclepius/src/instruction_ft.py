stub: upstream file of 6573 bytes
