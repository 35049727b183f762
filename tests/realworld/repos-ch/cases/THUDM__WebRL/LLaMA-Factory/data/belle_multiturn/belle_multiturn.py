stub: upstream file of 2771 bytes
