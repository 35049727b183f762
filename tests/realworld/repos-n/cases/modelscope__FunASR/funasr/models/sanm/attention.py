stub: upstream file of 36732 bytes
