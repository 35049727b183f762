stub: upstream file of 2937 bytes
