stub: upstream file of 12757 bytes
