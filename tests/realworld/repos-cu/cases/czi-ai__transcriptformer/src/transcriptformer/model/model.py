stub: upstream file of 15667 bytes
