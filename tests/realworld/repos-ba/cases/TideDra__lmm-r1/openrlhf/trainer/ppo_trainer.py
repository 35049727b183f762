stub: upstream file of 22739 bytes
