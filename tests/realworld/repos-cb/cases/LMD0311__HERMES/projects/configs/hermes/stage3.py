stub: upstream file of 11903 bytes
