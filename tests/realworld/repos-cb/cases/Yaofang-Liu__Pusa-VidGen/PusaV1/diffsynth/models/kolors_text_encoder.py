stub: upstream file of 72746 bytes
