stub: upstream file of 25486 bytes
