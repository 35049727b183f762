stub: upstream file of 25592 bytes
