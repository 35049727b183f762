stub: upstream file of 8633 bytes
