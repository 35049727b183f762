stub: upstream file of 8271 bytes
