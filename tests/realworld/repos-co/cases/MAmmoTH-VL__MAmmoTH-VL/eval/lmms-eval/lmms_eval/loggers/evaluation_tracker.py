stub: upstream file of 22782 bytes
