stub: upstream file of 7640 bytes
