stub: upstream file of 25882 bytes
