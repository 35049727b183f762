stub: upstream file of 12592 bytes
