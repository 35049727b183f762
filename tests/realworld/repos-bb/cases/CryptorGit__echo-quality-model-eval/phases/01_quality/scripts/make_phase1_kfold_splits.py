stub: upstream file of 6950 bytes
