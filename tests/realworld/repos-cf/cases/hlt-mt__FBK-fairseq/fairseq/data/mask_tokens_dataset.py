stub: upstream file of 8638 bytes
