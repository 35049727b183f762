stub: upstream file of 34486 bytes
