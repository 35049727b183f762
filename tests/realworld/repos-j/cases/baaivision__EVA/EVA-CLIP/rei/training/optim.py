stub: upstream file of 7604 bytes
