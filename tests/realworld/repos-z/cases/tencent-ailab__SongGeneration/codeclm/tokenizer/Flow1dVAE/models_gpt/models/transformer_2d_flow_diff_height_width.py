stub: upstream file of 30650 bytes
