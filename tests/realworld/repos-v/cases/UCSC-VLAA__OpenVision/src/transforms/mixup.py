stub: upstream file of 11689 bytes
