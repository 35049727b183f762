stub: upstream file of 28690 bytes
