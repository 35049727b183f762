stub: upstream file of 14819 bytes
