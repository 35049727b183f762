stub: upstream file of 23944 bytes
