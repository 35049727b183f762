stub: upstream file of 12743 bytes
