stub: upstream file of 14021 bytes
