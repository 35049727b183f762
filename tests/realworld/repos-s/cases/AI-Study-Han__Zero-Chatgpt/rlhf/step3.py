stub: upstream file of 25861 bytes
