stub: upstream file of 8742 bytes
