stub: upstream file of 2847 bytes
