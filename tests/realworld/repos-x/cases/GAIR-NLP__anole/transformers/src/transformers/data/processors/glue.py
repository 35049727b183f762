stub: upstream file of 23218 bytes
