stub: upstream file of 8757 bytes
