stub: upstream file of 3340 bytes
