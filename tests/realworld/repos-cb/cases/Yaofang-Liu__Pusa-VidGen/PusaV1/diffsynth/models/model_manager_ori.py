stub: upstream file of 20790 bytes
