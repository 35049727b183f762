stub: upstream file of 15944 bytes
