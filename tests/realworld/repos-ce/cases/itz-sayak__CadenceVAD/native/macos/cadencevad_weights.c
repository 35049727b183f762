stub: upstream file of 1071576 bytes
