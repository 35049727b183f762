stub: upstream file of 36782 bytes
