stub: upstream file of 144685 bytes
