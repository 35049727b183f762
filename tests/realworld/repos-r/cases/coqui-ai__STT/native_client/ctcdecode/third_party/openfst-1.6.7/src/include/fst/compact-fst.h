stub: upstream file of 52910 bytes
