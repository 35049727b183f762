stub: upstream file of 30151 bytes
