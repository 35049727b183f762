stub: upstream file of 12698 bytes
