stub: upstream file of 319720 bytes
