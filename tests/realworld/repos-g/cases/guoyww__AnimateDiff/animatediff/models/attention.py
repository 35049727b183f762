stub: upstream file of 12100 bytes
