stub: upstream file of 20796 bytes
