stub: upstream file of 10556 bytes
