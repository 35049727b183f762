stub: upstream file of 36799 bytes
