stub: upstream file of 15930 bytes
