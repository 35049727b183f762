stub: upstream file of 12132 bytes
