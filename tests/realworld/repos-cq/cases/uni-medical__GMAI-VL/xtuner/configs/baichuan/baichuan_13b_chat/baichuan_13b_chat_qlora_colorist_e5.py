stub: upstream file of 7116 bytes
