stub: upstream file of 22861 bytes
