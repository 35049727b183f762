stub: upstream file of 12486 bytes
