stub: upstream file of 8728 bytes
