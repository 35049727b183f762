stub: upstream file of 21861 bytes
