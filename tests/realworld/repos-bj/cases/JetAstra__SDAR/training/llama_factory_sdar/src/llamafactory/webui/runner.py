stub: upstream file of 22598 bytes
