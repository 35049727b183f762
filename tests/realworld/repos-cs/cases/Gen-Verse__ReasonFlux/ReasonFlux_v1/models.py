stub: upstream file of 11546 bytes
