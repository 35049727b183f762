stub: upstream file of 33086 bytes
