stub: upstream file of 2516 bytes
