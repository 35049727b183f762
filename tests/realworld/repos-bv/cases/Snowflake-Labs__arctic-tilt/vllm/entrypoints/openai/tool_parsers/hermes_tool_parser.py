stub: upstream file of 16799 bytes
