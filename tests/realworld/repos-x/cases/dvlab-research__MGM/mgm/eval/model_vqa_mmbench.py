stub: upstream file of 9898 bytes
