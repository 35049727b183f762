stub: upstream file of 24886 bytes
