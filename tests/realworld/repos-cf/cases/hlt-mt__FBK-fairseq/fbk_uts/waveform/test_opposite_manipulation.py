stub: upstream file of 2871 bytes
