stub: upstream file of 2757 bytes
