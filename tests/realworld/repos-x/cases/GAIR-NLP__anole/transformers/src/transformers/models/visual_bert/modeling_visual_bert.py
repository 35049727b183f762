stub: upstream file of 68915 bytes
