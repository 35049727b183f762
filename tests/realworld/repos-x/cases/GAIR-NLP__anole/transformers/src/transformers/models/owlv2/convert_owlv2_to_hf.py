stub: upstream file of 22018 bytes
