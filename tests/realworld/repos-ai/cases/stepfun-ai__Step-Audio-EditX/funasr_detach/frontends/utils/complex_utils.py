stub: upstream file of 6769 bytes
