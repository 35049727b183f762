stub: upstream file of 5580 bytes
