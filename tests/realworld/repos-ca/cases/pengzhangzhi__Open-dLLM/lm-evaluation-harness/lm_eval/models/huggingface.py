stub: upstream file of 65915 bytes
