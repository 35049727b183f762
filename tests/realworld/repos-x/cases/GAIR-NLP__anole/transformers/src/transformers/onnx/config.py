stub: upstream file of 32556 bytes
