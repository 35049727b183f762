stub: upstream file of 21690 bytes
