stub: upstream file of 12495 bytes
