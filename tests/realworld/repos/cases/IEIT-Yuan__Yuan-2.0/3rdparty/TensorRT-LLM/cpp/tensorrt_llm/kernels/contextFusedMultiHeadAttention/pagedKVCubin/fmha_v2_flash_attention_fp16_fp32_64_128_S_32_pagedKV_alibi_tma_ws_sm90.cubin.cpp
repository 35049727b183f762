stub: upstream file of 1507246 bytes
