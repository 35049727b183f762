stub: upstream file of 8060 bytes
