stub: upstream file of 63086 bytes
