stub: upstream file of 837 bytes
