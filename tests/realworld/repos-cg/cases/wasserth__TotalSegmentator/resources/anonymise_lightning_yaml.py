stub: upstream file of 2797 bytes
