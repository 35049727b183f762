stub: upstream file of 22647 bytes
