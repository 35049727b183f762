stub: upstream file of 5739 bytes
