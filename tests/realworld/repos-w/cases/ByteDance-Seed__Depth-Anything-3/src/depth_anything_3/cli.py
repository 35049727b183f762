stub: upstream file of 30757 bytes
