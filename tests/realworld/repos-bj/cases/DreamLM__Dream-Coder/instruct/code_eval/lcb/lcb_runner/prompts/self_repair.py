stub: upstream file of 17135 bytes
