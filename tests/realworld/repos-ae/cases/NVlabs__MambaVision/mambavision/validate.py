stub: upstream file of 19870 bytes
