stub: upstream file of 33677 bytes
