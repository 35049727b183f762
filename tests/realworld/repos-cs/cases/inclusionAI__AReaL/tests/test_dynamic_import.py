stub: upstream file of 4135 bytes
