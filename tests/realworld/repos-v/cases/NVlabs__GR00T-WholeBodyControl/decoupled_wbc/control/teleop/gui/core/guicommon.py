stub: upstream file of 25915 bytes
