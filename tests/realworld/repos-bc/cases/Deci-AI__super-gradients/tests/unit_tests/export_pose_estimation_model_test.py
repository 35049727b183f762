stub: upstream file of 12640 bytes
