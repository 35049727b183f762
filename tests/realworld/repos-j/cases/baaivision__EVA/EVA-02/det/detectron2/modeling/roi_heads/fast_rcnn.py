stub: upstream file of 28798 bytes
