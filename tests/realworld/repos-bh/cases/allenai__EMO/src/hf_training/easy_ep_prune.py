stub: upstream file of 17128 bytes
