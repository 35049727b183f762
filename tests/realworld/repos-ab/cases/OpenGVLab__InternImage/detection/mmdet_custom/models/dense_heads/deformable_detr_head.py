stub: upstream file of 14279 bytes
