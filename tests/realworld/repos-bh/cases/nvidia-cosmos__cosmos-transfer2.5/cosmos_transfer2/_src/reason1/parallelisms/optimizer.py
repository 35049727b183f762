stub: upstream file of 13882 bytes
