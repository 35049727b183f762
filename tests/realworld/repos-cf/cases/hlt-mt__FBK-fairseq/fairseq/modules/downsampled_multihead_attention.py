stub: upstream file of 10673 bytes
