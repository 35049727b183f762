stub: upstream file of 20945 bytes
