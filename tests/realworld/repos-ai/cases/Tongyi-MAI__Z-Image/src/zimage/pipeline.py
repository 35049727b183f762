stub: upstream file of 10527 bytes
