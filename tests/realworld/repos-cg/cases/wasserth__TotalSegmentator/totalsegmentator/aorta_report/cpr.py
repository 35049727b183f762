stub: upstream file of 12782 bytes
