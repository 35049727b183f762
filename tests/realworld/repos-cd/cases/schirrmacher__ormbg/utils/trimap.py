stub: upstream file of 2944 bytes
