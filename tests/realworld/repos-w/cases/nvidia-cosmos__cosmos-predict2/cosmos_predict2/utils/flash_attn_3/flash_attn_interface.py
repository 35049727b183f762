stub: upstream file of 30320 bytes
