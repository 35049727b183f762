stub: upstream file of 320520 bytes
