stub: upstream file of 4756 bytes
