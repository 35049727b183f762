stub: upstream file of 25782 bytes
