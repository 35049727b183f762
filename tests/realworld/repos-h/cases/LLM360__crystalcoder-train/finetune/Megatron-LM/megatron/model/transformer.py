stub: upstream file of 78486 bytes
