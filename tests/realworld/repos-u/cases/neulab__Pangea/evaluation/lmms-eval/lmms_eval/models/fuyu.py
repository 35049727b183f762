stub: upstream file of 12538 bytes
