stub: upstream file of 37556 bytes
