stub: upstream file of 11782 bytes
