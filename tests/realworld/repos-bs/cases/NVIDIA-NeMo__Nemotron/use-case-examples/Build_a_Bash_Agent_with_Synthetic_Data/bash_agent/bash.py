stub: upstream file of 17680 bytes
