stub: upstream file of 60490 bytes
