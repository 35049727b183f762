stub: upstream file of 19060 bytes
