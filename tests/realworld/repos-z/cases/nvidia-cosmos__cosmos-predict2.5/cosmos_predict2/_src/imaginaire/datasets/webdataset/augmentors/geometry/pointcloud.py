stub: upstream file of 16743 bytes
