stub: upstream file of 23616 bytes
