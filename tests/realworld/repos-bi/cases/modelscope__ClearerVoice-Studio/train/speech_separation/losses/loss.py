stub: upstream file of 34491 bytes
