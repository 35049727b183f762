stub: upstream file of 15065 bytes
