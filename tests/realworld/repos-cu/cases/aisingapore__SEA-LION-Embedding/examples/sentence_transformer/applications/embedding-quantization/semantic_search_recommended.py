stub: upstream file of 4887 bytes
