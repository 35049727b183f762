stub: upstream file of 26100 bytes
