stub: upstream file of 133113 bytes
