stub: upstream file of 12796 bytes
