stub: upstream file of 5650 bytes
