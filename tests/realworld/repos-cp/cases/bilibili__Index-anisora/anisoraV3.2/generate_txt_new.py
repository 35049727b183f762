stub: upstream file of 17222 bytes
