stub: upstream file of 77562 bytes
