stub: upstream file of 6494 bytes
