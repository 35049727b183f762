stub: upstream file of 23556 bytes
