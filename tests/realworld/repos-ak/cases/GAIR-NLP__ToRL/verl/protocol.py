stub: upstream file of 24739 bytes
