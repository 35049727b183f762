stub: upstream file of 18767 bytes
