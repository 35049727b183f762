stub: upstream file of 6883 bytes
