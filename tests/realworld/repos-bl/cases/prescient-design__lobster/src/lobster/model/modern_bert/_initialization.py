stub: upstream file of 22943 bytes
