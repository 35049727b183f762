stub: upstream file of 15556 bytes
