stub: upstream file of 23765 bytes
