stub: upstream file of 13689 bytes
