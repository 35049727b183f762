stub: upstream file of 782670 bytes
