stub: upstream file of 10685 bytes
