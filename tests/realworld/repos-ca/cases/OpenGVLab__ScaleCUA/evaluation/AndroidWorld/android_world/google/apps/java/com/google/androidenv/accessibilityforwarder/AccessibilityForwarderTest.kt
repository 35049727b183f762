stub: upstream file of 18861 bytes
