stub: upstream file of 60672 bytes
