stub: upstream file of 24526 bytes
