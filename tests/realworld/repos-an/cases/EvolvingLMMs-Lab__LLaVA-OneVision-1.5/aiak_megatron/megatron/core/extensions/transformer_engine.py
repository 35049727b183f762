stub: upstream file of 60592 bytes
