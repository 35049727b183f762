stub: upstream file of 37787 bytes
