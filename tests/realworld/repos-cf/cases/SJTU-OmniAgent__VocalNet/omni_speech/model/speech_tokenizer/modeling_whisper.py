stub: upstream file of 133127 bytes
