stub: upstream file of 28661 bytes
