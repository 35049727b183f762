stub: upstream file of 142464 bytes
