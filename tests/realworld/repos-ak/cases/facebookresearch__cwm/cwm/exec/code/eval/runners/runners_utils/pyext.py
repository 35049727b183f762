stub: upstream file of 19747 bytes
