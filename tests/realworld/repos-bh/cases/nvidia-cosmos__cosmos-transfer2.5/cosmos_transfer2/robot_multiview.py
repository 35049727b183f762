stub: upstream file of 14867 bytes
