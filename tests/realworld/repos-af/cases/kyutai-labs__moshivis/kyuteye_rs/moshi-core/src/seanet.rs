stub: upstream file of 14771 bytes
