stub: upstream file of 3813 bytes
