stub: upstream file of 49116 bytes
