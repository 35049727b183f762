stub: upstream file of 40689 bytes
