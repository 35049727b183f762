stub: upstream file of 30820 bytes
