stub: upstream file of 34849 bytes
