stub: upstream file of 33452 bytes
