stub: upstream file of 22915 bytes
