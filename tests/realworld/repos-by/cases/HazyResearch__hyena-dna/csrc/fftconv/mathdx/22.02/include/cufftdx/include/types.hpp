stub: upstream file of 9212 bytes
