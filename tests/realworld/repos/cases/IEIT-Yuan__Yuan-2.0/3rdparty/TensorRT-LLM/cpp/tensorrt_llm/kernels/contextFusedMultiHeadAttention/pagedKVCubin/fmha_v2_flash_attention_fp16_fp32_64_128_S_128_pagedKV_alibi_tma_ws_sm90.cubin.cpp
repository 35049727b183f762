stub: upstream file of 1635910 bytes
