stub: upstream file of 8782 bytes
