stub: upstream file of 898 bytes
