stub: upstream file of 49556 bytes
