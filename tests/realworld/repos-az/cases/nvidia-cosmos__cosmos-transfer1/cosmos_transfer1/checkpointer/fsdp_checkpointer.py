stub: upstream file of 18431 bytes
