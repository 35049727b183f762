stub: upstream file of 14276 bytes
