stub: upstream file of 66471 bytes
