stub: upstream file of 306138 bytes
