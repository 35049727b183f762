stub: upstream file of 25060 bytes
