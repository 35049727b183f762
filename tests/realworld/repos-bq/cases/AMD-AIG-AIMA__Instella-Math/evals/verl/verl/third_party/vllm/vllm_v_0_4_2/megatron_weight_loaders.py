stub: upstream file of 15726 bytes
