stub: upstream file of 9099 bytes
