stub: upstream file of 31698 bytes
