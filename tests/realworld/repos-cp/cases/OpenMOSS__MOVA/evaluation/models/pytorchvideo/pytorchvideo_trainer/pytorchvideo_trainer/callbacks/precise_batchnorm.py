stub: upstream file of 2556 bytes
