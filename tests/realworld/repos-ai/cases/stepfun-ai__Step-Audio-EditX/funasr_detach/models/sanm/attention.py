stub: upstream file of 27060 bytes
