stub: upstream file of 2737 bytes
