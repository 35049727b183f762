stub: upstream file of 12556 bytes
