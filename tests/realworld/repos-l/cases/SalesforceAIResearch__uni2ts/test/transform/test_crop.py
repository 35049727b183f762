stub: upstream file of 9615 bytes
