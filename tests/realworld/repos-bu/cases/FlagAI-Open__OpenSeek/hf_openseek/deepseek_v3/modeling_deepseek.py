stub: upstream file of 75864 bytes
