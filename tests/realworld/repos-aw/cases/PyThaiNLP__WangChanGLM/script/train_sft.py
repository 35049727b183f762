stub: upstream file of 8024 bytes
