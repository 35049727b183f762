stub: upstream file of 12571 bytes
