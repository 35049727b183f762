stub: upstream file of 8693 bytes
