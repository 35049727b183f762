stub: upstream file of 4021 bytes
