stub: upstream file of 22795 bytes
