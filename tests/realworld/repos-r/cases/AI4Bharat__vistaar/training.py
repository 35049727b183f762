stub: upstream file of 22137 bytes
