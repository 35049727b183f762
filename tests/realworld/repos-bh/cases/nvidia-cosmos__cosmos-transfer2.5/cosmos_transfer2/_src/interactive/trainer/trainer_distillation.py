stub: upstream file of 18944 bytes
