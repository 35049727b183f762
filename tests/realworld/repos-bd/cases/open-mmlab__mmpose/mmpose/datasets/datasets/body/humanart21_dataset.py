stub: upstream file of 5850 bytes
