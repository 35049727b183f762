stub: upstream file of 658 bytes
