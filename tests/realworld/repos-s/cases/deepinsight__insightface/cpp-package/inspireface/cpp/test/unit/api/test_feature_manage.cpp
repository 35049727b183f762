stub: upstream file of 38742 bytes
