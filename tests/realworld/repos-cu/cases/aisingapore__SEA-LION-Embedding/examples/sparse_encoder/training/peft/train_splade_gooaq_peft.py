stub: upstream file of 5706 bytes
